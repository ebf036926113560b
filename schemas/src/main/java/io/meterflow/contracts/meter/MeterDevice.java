package io.meterflow.contracts.meter;

import io.meterflow.contracts.DeviceInfo;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.ConfigOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A meter's master data in a keyed operator: the latest DeviceInfo of the compacted topic
 * meter.devices, joined to the meter's data.
 *
 * <p>It has its own, long time-to-live and outlives the rule state: the compacted topic does not
 * send a DeviceInfo again, so a meter that resumes reporting after a quiet spell would otherwise
 * have lost its nominal flow, zone and area for good. Reads keep it alive, so only a meter that
 * neither reports nor changes for the whole TTL (one taken out of service) lets it go.
 */
public final class MeterDevice {

  /** The name of its keyed state. */
  public static final String STATE_NAME = "device";

  private static final Logger LOG = LoggerFactory.getLogger(MeterDevice.class);

  private final ValueState<DeviceInfo> latest;

  private MeterDevice(ValueState<DeviceInfo> latest) {
    this.latest = latest;
  }

  /** The option of a job that sets the {@link #open} TTL, with its documented default. */
  public static ConfigOption<Duration> ttlOption(String key) {
    return ConfigOptions.key(key)
        .durationType()
        .defaultValue(Duration.ofDays(400))
        .withDescription(
            "How long a meter's DeviceInfo is kept without a reading or an update (processing"
                + " time). It outlives the quiet horizon on purpose: the compacted devices topic"
                + " does not send it again, so a meter that reports after a quiet spell still"
                + " needs it. A little over a year, so meters read yearly keep it. Must exceed"
                + " the quiet horizon.");
  }

  /**
   * The DeviceInfo of a keyed operator, in its state.
   *
   * @param ttl how long a DeviceInfo is kept that nothing read or wrote (processing time)
   */
  public static MeterDevice open(RuntimeContext context, Duration ttl) {
    ValueStateDescriptor<DeviceInfo> descriptor =
        new ValueStateDescriptor<>(STATE_NAME, TypeInformation.of(DeviceInfo.class));
    descriptor.enableTimeToLive(
        StateTtlConfig.newBuilder(ttl).updateTtlOnReadAndWrite().neverReturnExpired().build());
    return new MeterDevice(context.getState(descriptor));
  }

  /** Takes an update of the master data, unless it is older than the one known. */
  public void update(DeviceInfo update) throws Exception {
    DeviceInfo known = latest.value();
    // The compacted topic can replay an older version after a newer one: the latest issued wins.
    if (known != null && update.getUpdatedTime().isBefore(known.getUpdatedTime())) {
      return;
    }
    if (update.getTimezone() != null && zoneOf(update).isEmpty()) {
      LOG.warn(
          "DeviceInfo of meter {} of tenant {} has an unknown timezone '{}': its local-time rules"
              + " use the default zone until the master data is fixed",
          update.getMeterId(),
          update.getTenant(),
          update.getTimezone());
    }
    latest.update(update);
  }

  /** The meter's latest DeviceInfo, or null while none is known. */
  public DeviceInfo current() throws Exception {
    return latest.value();
  }

  /** The meter's area, or null when unknown. */
  public String areaId() throws Exception {
    DeviceInfo known = latest.value();
    return known == null ? null : known.getAreaId();
  }

  /** The meter's zone, or the fallback when its DeviceInfo gives none (or an unknown one). */
  public ZoneId zone(ZoneId fallback) throws Exception {
    DeviceInfo known = latest.value();
    return known == null ? fallback : zoneOf(known).orElse(fallback);
  }

  private static Optional<ZoneId> zoneOf(DeviceInfo device) {
    if (device.getTimezone() == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneId.of(device.getTimezone()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
