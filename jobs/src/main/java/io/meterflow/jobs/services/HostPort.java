package io.meterflow.jobs.services;

/** A {@code host:port} address, as the endpoints file and the clients write it. */
public record HostPort(String host, int port) {

  public static HostPort parse(String address) {
    int colon = address.lastIndexOf(':');
    if (colon <= 0 || colon == address.length() - 1) {
      throw new IllegalArgumentException("Expected host:port, got '" + address + "'");
    }
    try {
      return new HostPort(
          address.substring(0, colon), Integer.parseInt(address.substring(colon + 1)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Expected host:port, got '" + address + "'", e);
    }
  }

  @Override
  public String toString() {
    return host + ":" + port;
  }
}
