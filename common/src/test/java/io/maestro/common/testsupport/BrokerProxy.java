package io.maestro.common.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay on a port of 127.0.0.1 in front of the machine's RabbitMQ, for a test that takes the broker away from
 * one service without stopping the broker every other test shares: {@link #cut()} closes every connection and stops
 * listening (a connection attempt is refused), {@link #restore()} listens again on the same port.
 */
public final class BrokerProxy implements AutoCloseable {

    private final int targetPort;
    private final int port;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listener;

    private BrokerProxy(int targetPort, int port) {
        this.targetPort = targetPort;
        this.port = port;
    }

    /** A relay to RabbitMQ on 127.0.0.1:5672, listening. */
    public static BrokerProxy toLocalRabbit() {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BrokerProxy proxy = new BrokerProxy(5672, port);
        proxy.restore();
        return proxy;
    }

    /** {@code spring.rabbitmq.port} for the service that should reach the broker through this relay. */
    public int port() {
        return port;
    }

    /** The broker is gone: open connections drop, new ones are refused. */
    public synchronized void cut() {
        ServerSocket closing = listener;
        listener = null;
        closeQuietly(closing);
        sockets.forEach(BrokerProxy::closeQuietly);
        sockets.clear();
    }

    /** The broker is back, on the same port. */
    public synchronized void restore() {
        if (listener != null) {
            return;
        }
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            listener = socket;
            Thread acceptor = new Thread(() -> accept(socket), "broker-proxy-" + port);
            acceptor.setDaemon(true);
            acceptor.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket broker = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                sockets.add(client);
                sockets.add(broker);
                pipe(client, broker);
                pipe(broker, client);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void pipe(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException dropped) {
                // one side closed: close the other so that the client sees the connection go
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "broker-proxy-pipe");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing what is already going
        }
    }

    @Override
    public void close() {
        cut();
    }
}
