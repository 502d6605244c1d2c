/**
 * One typed client per Maestro service that others call: Spring {@code @HttpExchange} interfaces over the
 * {@link io.maestro.common.http.PeerClients} of the peer (private service token, {@code maestro.timeout}), registered
 * by {@link io.maestro.common.client.MaestroClientsAutoConfiguration} for the peers a service has a
 * {@code maestro.peers.<key>} for. Every method fails alike: a {@link io.maestro.common.http.PeerCallException}, which
 * common's error handler answers as docs/architecture.md "Peer failures" says.
 */
package io.maestro.common.client;
