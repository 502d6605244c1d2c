package io.maestro.server.domain.identity;

import java.util.List;

/** One page of users and how many match in all. */
public record UserPage(List<User> users, long found) {
}
