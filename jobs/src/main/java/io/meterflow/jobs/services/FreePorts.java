package io.meterflow.jobs.services;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

/**
 * Free TCP ports on 127.0.0.1, asked from the operating system. A port is free when handed out; the
 * services bind it a moment later. Ports already handed out are never handed out again, so the
 * services starting in parallel cannot be given the same one.
 */
public final class FreePorts {
  public static final String LOOPBACK = "127.0.0.1";

  private final Set<Integer> handedOut = new HashSet<>();

  public synchronized int next() {
    while (true) {
      int port = ephemeralPort();
      if (handedOut.add(port)) {
        return port;
      }
    }
  }

  private static int ephemeralPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot find a free port on " + LOOPBACK, e);
    }
  }
}
