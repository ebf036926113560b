package io.meterflow.normalizer.mapping;

import io.meterflow.contracts.RegisterMappingUpdate;
import io.meterflow.normalizer.NormalizerMetrics;
import io.meterflow.normalizer.raw.ParsedReading;
import io.meterflow.normalizer.reject.RejectedInput;
import io.meterflow.normalizer.reject.Rejects;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.co.BroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps each parsed reading to its canonical register, kind, unit and value, with the tenants'
 * register mappings as broadcast state: the highest version per tenant is in force, and an update
 * applies to every record processed after it, without a restart.
 */
public class ResolveRegistersFunction
    extends BroadcastProcessFunction<ParsedReading, RegisterMappingUpdate, ResolvedReading> {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(ResolveRegistersFunction.class);

  /** The current register mapping per tenant. */
  public static final MapStateDescriptor<String, RegisterMappingUpdate> MAPPINGS =
      new MapStateDescriptor<>(
          "register-mappings", Types.STRING, TypeInformation.of(RegisterMappingUpdate.class));

  private final RegisterResolution resolution;

  private transient UnknownStatusCodes unknownStatusCodes;
  // Indexes of the mappings in broadcast state, rebuilt when a tenant's version changes.
  private transient Map<String, TenantRegisters> indexes;

  public ResolveRegistersFunction(RegisterResolution resolution) {
    this.resolution = resolution;
  }

  @Override
  public void open(OpenContext openContext) {
    unknownStatusCodes =
        new UnknownStatusCodes(
            NormalizerMetrics.group(getRuntimeContext().getMetricGroup())
                .counter(NormalizerMetrics.UNKNOWN_STATUS_CODES));
    indexes = new HashMap<>();
  }

  @Override
  public void processElement(
      ParsedReading parsed, ReadOnlyContext ctx, Collector<ResolvedReading> out) throws Exception {
    RegisterMappingUpdate mapping = ctx.getBroadcastState(MAPPINGS).get(parsed.tenant());
    StatusCodes.Mapped status = StatusCodes.map(parsed.statusCodes());
    unknownStatusCodes.report(status.unknown(), parsed.tenant());
    try {
      out.collect(resolution.resolve(parsed, index(mapping), status.flags()));
    } catch (RejectedInput rejected) {
      ctx.output(Rejects.TAG, Rejects.of(parsed.source(), rejected.forTenant(parsed.tenant())));
    }
  }

  @Override
  public void processBroadcastElement(
      RegisterMappingUpdate update, Context ctx, Collector<ResolvedReading> out) throws Exception {
    RegisterMappingUpdate current = ctx.getBroadcastState(MAPPINGS).get(update.getTenant());
    if (current != null && current.getVersion() >= update.getVersion()) {
      // A replay of the config topic, or an update that lost a race with a newer one.
      LOG.info(
          "Ignoring register mapping version {} of tenant {}: version {} is in force",
          update.getVersion(),
          update.getTenant(),
          current.getVersion());
      return;
    }
    ctx.getBroadcastState(MAPPINGS).put(update.getTenant(), update);
    LOG.info(
        "Register mapping version {} of tenant {} is in force ({} entries)",
        update.getVersion(),
        update.getTenant(),
        update.getEntries().size());
  }

  private TenantRegisters index(RegisterMappingUpdate mapping) {
    if (mapping == null) {
      return null;
    }
    TenantRegisters index = indexes.get(mapping.getTenant());
    if (index == null || index.version() != mapping.getVersion()) {
      index = TenantRegisters.of(mapping);
      indexes.put(mapping.getTenant(), index);
    }
    return index;
  }
}
