package io.meterflow.leak.config;

import io.meterflow.contracts.meter.StateLifetimes;
import java.io.Serializable;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.Configuration;

/**
 * Everything leak detection is configured with: the job-wide event-time and state settings, and the
 * rules of each tenant (the defaults, overridden per tenant with {@code
 * leak.tenant.<tenant>.<key>}; see {@link LeakDetectionOptions}).
 */
public final class LeakDetectionSettings implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Duration maxOutOfOrderness;
  private final Duration idleness;
  private final Duration quietHorizon;
  private final Duration stateTtl;
  private final Duration deviceStateTtl;
  private final double minRelativeChange;
  private final TenantRules defaultRules;
  private final HashMap<String, TenantRules> tenantRules;

  private LeakDetectionSettings(
      Configuration config, TenantRules defaultRules, Map<String, TenantRules> tenantRules) {
    this.maxOutOfOrderness = positive(config, LeakDetectionOptions.MAX_OUT_OF_ORDERNESS);
    this.idleness = positive(config, LeakDetectionOptions.IDLENESS);
    this.quietHorizon = positive(config, LeakDetectionOptions.QUIET_HORIZON);
    this.stateTtl = positive(config, LeakDetectionOptions.STATE_TTL);
    this.deviceStateTtl = positive(config, LeakDetectionOptions.DEVICE_STATE_TTL);
    this.minRelativeChange = config.get(LeakDetectionOptions.MIN_RELATIVE_CHANGE);
    StateLifetimes.requireBeyondQuietHorizon(
        LeakDetectionOptions.STATE_TTL,
        stateTtl,
        LeakDetectionOptions.QUIET_HORIZON,
        quietHorizon,
        "the TTL is only the safety net behind the quiet horizon");
    StateLifetimes.requireBeyondQuietHorizon(
        LeakDetectionOptions.DEVICE_STATE_TTL,
        deviceStateTtl,
        LeakDetectionOptions.QUIET_HORIZON,
        quietHorizon,
        "a meter that reports again after going quiet still needs its DeviceInfo");
    if (!(minRelativeChange > 0)) {
      throw new IllegalArgumentException(
          LeakDetectionOptions.MIN_RELATIVE_CHANGE.key()
              + " must be above 0, was "
              + minRelativeChange);
    }
    this.defaultRules = defaultRules;
    this.tenantRules = new HashMap<>(tenantRules);
  }

  /** The settings with every default. */
  public static LeakDetectionSettings defaults() {
    return from(new Configuration());
  }

  /**
   * The settings of a configuration.
   *
   * @throws IllegalArgumentException naming the key, for a value out of range or an unknown
   *     per-tenant key
   */
  public static LeakDetectionSettings from(Configuration config) {
    Map<String, Map<String, String>> overrides = tenantOverrides(config);
    Map<String, TenantRules> tenants = new HashMap<>();
    for (Map.Entry<String, Map<String, String>> tenant : overrides.entrySet()) {
      Map<String, String> merged = new HashMap<>(config.toMap());
      merged.putAll(tenant.getValue());
      try {
        tenants.put(tenant.getKey(), TenantRules.from(Configuration.fromMap(merged)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "Invalid leak detection settings of tenant '"
                + tenant.getKey()
                + "': "
                + e.getMessage(),
            e);
      }
    }
    return new LeakDetectionSettings(config, TenantRules.from(config), tenants);
  }

  /** The rules in force for a tenant: its overrides over the defaults. */
  public TenantRules rulesFor(String tenant) {
    return tenantRules.getOrDefault(tenant, defaultRules);
  }

  public Duration maxOutOfOrderness() {
    return maxOutOfOrderness;
  }

  public Duration idleness() {
    return idleness;
  }

  public Duration quietHorizon() {
    return quietHorizon;
  }

  public Duration stateTtl() {
    return stateTtl;
  }

  public Duration deviceStateTtl() {
    return deviceStateTtl;
  }

  public double minRelativeChange() {
    return minRelativeChange;
  }

  /**
   * The per-tenant keys by tenant, as the option keys they override. A tenant id may contain dots,
   * so a key is split at the longest option suffix it ends with.
   */
  private static Map<String, Map<String, String>> tenantOverrides(Configuration config) {
    Map<String, Map<String, String>> overrides = new HashMap<>();
    for (Map.Entry<String, String> entry : config.toMap().entrySet()) {
      if (!entry.getKey().startsWith(LeakDetectionOptions.TENANT_PREFIX)) {
        continue;
      }
      String rest = entry.getKey().substring(LeakDetectionOptions.TENANT_PREFIX.length());
      ConfigOption<?> option =
          overridable(rest)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "Unknown per-tenant leak option '"
                              + entry.getKey()
                              + "': expected leak.tenant.<tenant>.<key> with key among "
                              + LeakDetectionOptions.TENANT_OPTIONS.stream()
                                  .map(o -> suffix(o))
                                  .collect(Collectors.joining(", "))));
      String tenant = rest.substring(0, rest.length() - suffix(option).length() - 1);
      overrides.computeIfAbsent(tenant, t -> new HashMap<>()).put(option.key(), entry.getValue());
    }
    return overrides;
  }

  private static Optional<ConfigOption<?>> overridable(String tenantAndKey) {
    return LeakDetectionOptions.TENANT_OPTIONS.stream()
        .filter(
            o ->
                tenantAndKey.endsWith("." + suffix(o))
                    && tenantAndKey.length() > suffix(o).length() + 1)
        .max(Comparator.comparingInt(o -> suffix(o).length()));
  }

  private static String suffix(ConfigOption<?> option) {
    return option.key().substring("leak.".length());
  }

  private static Duration positive(Configuration config, ConfigOption<Duration> option) {
    Duration value = config.get(option);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(option.key() + " must be positive, was " + value);
    }
    return value;
  }
}
