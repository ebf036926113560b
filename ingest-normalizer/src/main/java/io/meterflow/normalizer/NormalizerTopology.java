package io.meterflow.normalizer;

import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.RegisterMappingUpdate;
import io.meterflow.contracts.RejectedRecord;
import io.meterflow.contracts.ids.RecordKeys;
import io.meterflow.normalizer.headend.HeadEndDecoder;
import io.meterflow.normalizer.mapping.ResolveRegistersFunction;
import io.meterflow.normalizer.mapping.ResolvedReading;
import io.meterflow.normalizer.parse.ParsePayloadsFunction;
import io.meterflow.normalizer.raw.ParsedReading;
import io.meterflow.normalizer.raw.RawPayload;
import io.meterflow.normalizer.reject.CountRejectsFunction;
import io.meterflow.normalizer.reject.Rejects;
import io.meterflow.normalizer.time.ResolveReadingTimesFunction;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * The ingest-normalizer job as a function of its input streams (SPEC.md section 4.1): raw payloads
 * of every format in, canonical readings and rejects out.
 *
 * <pre>
 * payloads --> parse --> resolve registers --> keyBy meter --> resolve reading times --> normalized
 *                |         ^ (broadcast)  |                      ^ (keyed)          |
 *                |   register mappings    |                   devices               |
 *                +------------------------+---------------------------------------+-+-> rejected
 * </pre>
 *
 * <p>In BATCH execution (backfills), give device records the timestamp of their updatedTime and
 * payloads their ingest time: sorted inputs then apply each DeviceInfo version to the payloads
 * ingested after it. Register mappings, being broadcast, are all applied before the first payload.
 */
public final class NormalizerTopology {

  private NormalizerTopology() {}

  /**
   * @param payloads the raw records of all sources
   * @param devices the meters' master data (meter.devices)
   * @param registerMappings the tenants' register mappings (meter.config.register-mappings)
   * @param headEndDecoder decodes head-end messages through the schema registry
   */
  public static NormalizedStreams build(
      DataStream<RawPayload> payloads,
      DataStream<DeviceInfo> devices,
      DataStream<RegisterMappingUpdate> registerMappings,
      HeadEndDecoder headEndDecoder,
      NormalizerSettings settings) {
    SingleOutputStreamOperator<ParsedReading> parsed =
        payloads
            .process(new ParsePayloadsFunction(settings.payloadParsing(headEndDecoder)))
            .uid("normalizer-parse-payloads")
            .name("Parse payloads");

    SingleOutputStreamOperator<ResolvedReading> resolved =
        parsed
            .connect(registerMappings.broadcast(ResolveRegistersFunction.MAPPINGS))
            .process(new ResolveRegistersFunction(settings.registerResolution()))
            .uid("normalizer-resolve-registers")
            .name("Resolve registers and units");

    SingleOutputStreamOperator<MeterReading> normalized =
        resolved
            .keyBy(ResolvedReading::meterKey, Types.STRING)
            .connect(
                devices.keyBy(
                    device -> RecordKeys.meter(device.getTenant(), device.getMeterId()),
                    Types.STRING))
            .process(
                new ResolveReadingTimesFunction(
                    settings.readingTimeResolver(), settings.deviceStateTtl()))
            .uid("normalizer-resolve-reading-times")
            .name("Resolve reading times");

    DataStream<RejectedRecord> rejected =
        parsed
            .getSideOutput(Rejects.TAG)
            .union(resolved.getSideOutput(Rejects.TAG), normalized.getSideOutput(Rejects.TAG))
            .map(new CountRejectsFunction())
            .uid("normalizer-count-rejects")
            .name("Count rejects");

    return new NormalizedStreams(normalized, rejected);
  }
}
