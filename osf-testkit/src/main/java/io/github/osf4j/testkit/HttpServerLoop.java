package io.github.osf4j.testkit;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A small HTTP/1.1 server on loopback: keep-alive, one thread per connection. */
final class HttpServerLoop implements AutoCloseable {
  private final ServerSocket server;
  private final ExecutorService pool;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final ConnectionHandler connection;
  private volatile boolean closed;

  HttpServerLoop(int port, ConnectionHandler connection) throws IOException {
    this.server = new ServerSocket(port, 128, InetAddress.getLoopbackAddress());
    this.connection = connection;
    AtomicInteger n = new AtomicInteger();
    this.pool =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "fake-osf-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    pool.execute(this::acceptLoop);
  }

  int port() {
    return server.getLocalPort();
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket s = server.accept();
        open.add(s);
        pool.execute(() -> serve(s));
      } catch (IOException e) {
        if (closed) {
          return;
        }
      }
    }
  }

  private void serve(Socket s) {
    try (s) {
      s.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(s.getInputStream(), 64 * 1024);
      OutputStream out = new BufferedOutputStream(s.getOutputStream(), 64 * 1024);
      boolean keepAlive = true;
      while (keepAlive && !closed) {
        keepAlive = connection.serveOne(s, in, out);
      }
    } catch (EOFException | SocketException e) {
      // the client went away
    } catch (IOException e) {
      // a broken request; the connection is dropped
    } finally {
      open.remove(s);
    }
  }

  @Override
  public void close() throws IOException {
    closed = true;
    server.close();
    for (Socket s : open) {
      s.close();
    }
    pool.shutdownNow();
  }

  /** Serves one request on a connection; returns whether the connection stays open. */
  interface ConnectionHandler {
    boolean serveOne(Socket socket, InputStream in, OutputStream out) throws IOException;
  }
}
