package io.meterflow.normalizer.time;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.Map;

/**
 * The zone of local reading times of meters without a known zone: the tenant's, else the global
 * default.
 */
public record TenantZones(ZoneId defaultZone, Map<String, ZoneId> byTenant)
    implements Serializable {

  public TenantZones {
    byTenant = Map.copyOf(byTenant);
  }

  public ZoneId zoneOf(String tenant) {
    return byTenant.getOrDefault(tenant, defaultZone);
  }
}
