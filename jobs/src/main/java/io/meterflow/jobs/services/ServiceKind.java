package io.meterflow.jobs.services;

import java.net.http.HttpClient;
import java.util.function.BiPredicate;
import java.util.function.Function;

/** The three local services: their folder names, how they are called, how they are probed. */
public enum ServiceKind {
  KAFKA(
      "kafka",
      "Kafka",
      ServiceEndpoints::kafkaBootstrapServers,
      (address, http) -> KafkaBroker.answers(HostPort.parse(address))),
  REGISTRY(
      "apicurio",
      "Apicurio Registry",
      ServiceEndpoints::registryUrl,
      (address, http) -> ApicurioRegistry.answers(http, address)),
  CASSANDRA(
      "cassandra",
      "Cassandra",
      ServiceEndpoints::cassandraContactPoint,
      (address, http) -> CassandraNode.answers(HostPort.parse(address)));

  private final String folderName;
  private final String displayName;
  private final Function<ServiceEndpoints, String> address;
  private final BiPredicate<String, HttpClient> probe;

  ServiceKind(
      String folderName,
      String displayName,
      Function<ServiceEndpoints, String> address,
      BiPredicate<String, HttpClient> probe) {
    this.folderName = folderName;
    this.displayName = displayName;
    this.address = address;
    this.probe = probe;
  }

  /** The name of its folder under the services directory, e.g. {@code kafka}. */
  public String folderName() {
    return folderName;
  }

  public String displayName() {
    return displayName;
  }

  /** Where clients reach it, as written in the endpoints file. */
  String addressIn(ServiceEndpoints endpoints) {
    return address.apply(endpoints);
  }

  /** Whether it answers a request in its own protocol at that address. */
  boolean answers(String address, HttpClient http) {
    return probe.test(address, http);
  }
}
