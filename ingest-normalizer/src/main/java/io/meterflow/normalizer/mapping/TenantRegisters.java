package io.meterflow.normalizer.mapping;

import io.meterflow.contracts.RegisterMappingEntry;
import io.meterflow.contracts.RegisterMappingUpdate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One version of a tenant's register mapping, indexed by canonical code for the per-record lookup.
 */
public final class TenantRegisters {

  private final String tenant;
  private final long version;
  private final Map<String, RegisterMapping> byCode;

  private TenantRegisters(String tenant, long version, Map<String, RegisterMapping> byCode) {
    this.tenant = tenant;
    this.version = version;
    this.byCode = byCode;
  }

  /** The index of an update; of two entries for the same code, the later one counts. */
  public static TenantRegisters of(RegisterMappingUpdate update) {
    Map<String, RegisterMapping> byCode = new HashMap<>();
    for (RegisterMappingEntry entry : update.getEntries()) {
      byCode.put(
          RegisterCodes.canonical(entry.getCode()),
          new RegisterMapping(entry.getRegister(), entry.getKind()));
    }
    return new TenantRegisters(update.getTenant(), update.getVersion(), Map.copyOf(byCode));
  }

  public Optional<RegisterMapping> find(String code) {
    return Optional.ofNullable(byCode.get(RegisterCodes.canonical(code)));
  }

  public String tenant() {
    return tenant;
  }

  public long version() {
    return version;
  }
}
