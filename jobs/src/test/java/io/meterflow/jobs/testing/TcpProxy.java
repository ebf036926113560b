package io.meterflow.jobs.testing;

import io.meterflow.jobs.services.HostPort;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A TCP proxy on 127.0.0.1 in front of one service, which a test severs and restores: severed,
 * every open connection is cut and every new one is closed as soon as it is accepted (and counted),
 * which is the outage of the service as its clients see it.
 */
public final class TcpProxy implements AutoCloseable {
  private final HostPort target;
  private final ServerSocket server;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final ExecutorService threads =
      Executors.newCachedThreadPool(
          runnable -> {
            Thread thread = new Thread(runnable, "tcp-proxy");
            thread.setDaemon(true);
            return thread;
          });
  private volatile boolean severed;
  // Guarded by this.
  private int refusedSinceSevered;

  private TcpProxy(HostPort target, ServerSocket server) {
    this.target = target;
    this.server = server;
  }

  /** Listens on a free port and forwards every connection to {@code target}. */
  public static TcpProxy start(HostPort target) throws IOException {
    TcpProxy proxy =
        new TcpProxy(target, new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1")));
    proxy.threads.execute(proxy::acceptLoop);
    return proxy;
  }

  public int port() {
    return server.getLocalPort();
  }

  /** Cuts every open connection and refuses new ones until {@link #restore()}. */
  public void sever() {
    synchronized (this) {
      refusedSinceSevered = 0;
    }
    severed = true;
    open.forEach(TcpProxy::closeQuietly);
  }

  public void restore() {
    severed = false;
  }

  /**
   * Waits until a client has tried to connect since {@link #sever()}, which proves the outage was
   * felt; fails after {@code timeout}.
   */
  public synchronized void awaitRefusedConnection(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (refusedSinceSevered == 0) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError(
            "No client tried to reach " + target + " through the severed proxy within " + timeout);
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
  }

  @Override
  public void close() {
    closeQuietly(server);
    sever();
    threads.shutdownNow();
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        if (severed) {
          closeQuietly(client);
          refused();
        } else {
          forward(client);
        }
      } catch (IOException e) {
        // The server socket was closed: the proxy is done.
        return;
      }
    }
  }

  private synchronized void refused() {
    refusedSinceSevered++;
    notifyAll();
  }

  private void forward(Socket client) {
    Socket upstream;
    try {
      upstream = new Socket(target.host(), target.port());
    } catch (IOException e) {
      closeQuietly(client);
      return;
    }
    open.add(client);
    open.add(upstream);
    threads.execute(() -> pump(client, upstream));
    threads.execute(() -> pump(upstream, client));
  }

  private void pump(Socket from, Socket to) {
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      in.transferTo(out);
    } catch (IOException e) {
      // A side closed or the proxy was severed: the other side is closed below.
    } finally {
      closeQuietly(from);
      closeQuietly(to);
      open.remove(from);
      open.remove(to);
    }
  }

  private static void closeQuietly(AutoCloseable socket) {
    try {
      socket.close();
    } catch (Exception e) {
      // Closing a socket that is already broken: nothing left to do.
    }
  }
}
