package io.meterflow.jobs.config;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How setup creates the keyspace and tables.
 *
 * @param replicationStrategy SimpleStrategy (one datacenter, local) or NetworkTopologyStrategy
 * @param replicationFactor replicas with SimpleStrategy
 * @param datacenterReplicas replicas per datacenter with NetworkTopologyStrategy
 * @param readingsTtl how long raw readings stay in readings_by_series_day
 */
public record CassandraSchemaSettings(
    ReplicationStrategy replicationStrategy,
    int replicationFactor,
    Map<String, Integer> datacenterReplicas,
    Duration readingsTtl) {

  /** Cassandra's keyspace replication classes. */
  public enum ReplicationStrategy {
    SimpleStrategy,
    NetworkTopologyStrategy
  }

  public static final Setting REPLICATION_STRATEGY =
      new Setting(
          "cassandra.replication.strategy",
          "SimpleStrategy",
          "SimpleStrategy (one datacenter, local) or NetworkTopologyStrategy (production).");
  public static final Setting REPLICATION_FACTOR =
      new Setting(
          "cassandra.replication.factor",
          "1",
          "Replicas per datacenter (SimpleStrategy; NetworkTopologyStrategy without"
              + " cassandra.replication.datacenters).");
  public static final Setting REPLICATION_DATACENTERS =
      Setting.optional(
          "cassandra.replication.datacenters",
          "NetworkTopologyStrategy replicas per datacenter: dc1:3,dc2:3 (default: the local"
              + " datacenter with cassandra.replication.factor).");
  public static final Setting READINGS_TTL =
      new Setting(
          "cassandra.readings-ttl",
          "400d",
          "How long raw readings stay in readings_by_series_day (the table's"
              + " default_time_to_live).");

  static final List<Setting> SETTINGS =
      List.of(REPLICATION_STRATEGY, REPLICATION_FACTOR, REPLICATION_DATACENTERS, READINGS_TTL);

  static CassandraSchemaSettings read(SettingsReader reader, String localDatacenter) {
    ReplicationStrategy strategy =
        reader.enumValue(
            REPLICATION_STRATEGY, ReplicationStrategy.class, ReplicationStrategy.SimpleStrategy);
    int factor = reader.intAtLeast(REPLICATION_FACTOR, 1);
    Map<String, Integer> datacenters =
        reader
            .optionalString(REPLICATION_DATACENTERS)
            .flatMap(text -> datacenters(reader, text))
            .orElse(Map.of(localDatacenter, factor));
    return new CassandraSchemaSettings(
        strategy, factor, datacenters, reader.positiveDuration(READINGS_TTL));
  }

  private static Optional<Map<String, Integer>> datacenters(SettingsReader reader, String text) {
    try {
      Map<String, Integer> replicas =
          Arrays.stream(text.split(","))
              .map(String::trim)
              .map(pair -> pair.split(":"))
              .collect(
                  Collectors.toMap(
                      pair -> pair[0].trim(),
                      pair -> Integer.parseInt(pair[1].trim()),
                      (first, second) -> second,
                      LinkedHashMap::new));
      if (replicas.values().stream().allMatch(count -> count > 0)) {
        return Optional.of(replicas);
      }
    } catch (RuntimeException e) {
      // Any malformed pair ends here and is reported below.
    }
    reader.problem(
        REPLICATION_DATACENTERS,
        "must be datacenter:replicas[,...] with replicas >= 1, e.g. dc1:3.");
    return Optional.empty();
  }

  /** The keyspace's replication map, as CQL. */
  public String replicationCql() {
    if (replicationStrategy == ReplicationStrategy.SimpleStrategy) {
      return "{'class': 'SimpleStrategy', 'replication_factor': " + replicationFactor + "}";
    }
    return datacenterReplicas.entrySet().stream()
        .map(entry -> "'" + entry.getKey() + "': " + entry.getValue())
        .collect(Collectors.joining(", ", "{'class': 'NetworkTopologyStrategy', ", "}"));
  }

  /** The readings table's default_time_to_live, in seconds. */
  public long readingsTtlSeconds() {
    return readingsTtl.toSeconds();
  }
}
