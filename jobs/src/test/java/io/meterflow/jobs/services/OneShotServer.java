package io.meterflow.jobs.services;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A server for probe tests: accepts one connection, reads a request of known length, answers with
 * fixed bytes, and hands over the request it read.
 */
final class OneShotServer implements AutoCloseable {
  private final ServerSocket socket;
  private final CompletableFuture<byte[]> request;

  OneShotServer(int requestLength, byte[] response) throws IOException {
    socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
    request =
        CompletableFuture.supplyAsync(
            () -> {
              try (Socket client = socket.accept()) {
                byte[] received = new byte[requestLength];
                new DataInputStream(client.getInputStream()).readFully(received);
                client.getOutputStream().write(response);
                client.getOutputStream().flush();
                return received;
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  HostPort address() {
    return new HostPort("127.0.0.1", socket.getLocalPort());
  }

  byte[] request() throws Exception {
    return request.get(10, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
