package io.maestro.analytics.domain;

import java.util.Locale;

/** The colours a symbol is filled with by its provider (its top face, its sides). */
public enum Provider {
    AWS("aws", "#f58536", "#c4692c"),
    OPENSTACK("openstack", "#ce081f", "#af071a"),
    AZURE("azure", "#1566bf", "#7396bc"),
    GOOGLE("google", "#3b7ec6", "#2d619a"),
    DIGITALOCEAN("digitalocean", "#0080ff", "#046cce"),
    LINODE("linode", "#02b159", "#018a45"),
    RACKSPACE("rackspace", "#c40022", "#8f0019"),
    HEROKU("heroku", "#6762a6", "#4d4980"),
    OVH("ovh", "#123f6d", "#0e2f52"),
    GODADDY("godaddy", "#1bdbdb", "#16a8a8"),
    PREMISE("premise", "#8e8e8e", "#5b5b5b");

    private final String cssName;
    private final String top;
    private final String side;

    Provider(String cssName, String top, String side) {
        this.cssName = cssName;
        this.top = top;
        this.side = side;
    }

    /** The CSS class of its symbols: {@code provider-<name>}. */
    public String cssClass() {
        return "provider-" + cssName;
    }

    public String top() {
        return top;
    }

    public String side() {
        return side;
    }

    /** A datacenter's provider as inventoried ({@code AWS}, {@code Google Cloud}, {@code Digital Ocean}...). */
    public static Provider of(String provider) {
        if (provider == null) {
            return PREMISE;
        }
        String name = provider.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (name.startsWith("aws") || name.startsWith("amazon")) {
            return AWS;
        }
        if (name.startsWith("google") || name.startsWith("gcp")) {
            return GOOGLE;
        }
        for (Provider known : values()) {
            if (name.startsWith(known.cssName)) {
                return known;
            }
        }
        return PREMISE;
    }
}
