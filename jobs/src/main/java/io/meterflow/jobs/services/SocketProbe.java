package io.meterflow.jobs.services;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/**
 * Asks a service one question in its own wire protocol over a plain socket, which tells whether it
 * answers without pulling in a client library and its logging.
 */
final class SocketProbe {

  /** Writes a request and reads enough of the response to judge it. */
  @FunctionalInterface
  interface Exchange {
    boolean answeredWell(DataOutputStream request, DataInputStream response) throws IOException;
  }

  private SocketProbe() {}

  static boolean answers(HostPort address, Duration timeout, Exchange exchange) {
    int timeoutMillis = Math.toIntExact(timeout.toMillis());
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address.host(), address.port()), timeoutMillis);
      socket.setSoTimeout(timeoutMillis);
      return exchange.answeredWell(
          new DataOutputStream(socket.getOutputStream()),
          new DataInputStream(socket.getInputStream()));
    } catch (IOException e) {
      return false;
    }
  }
}
