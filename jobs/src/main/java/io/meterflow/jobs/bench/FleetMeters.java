package io.meterflow.jobs.bench;

import io.meterflow.contracts.CanonicalUnit;
import io.meterflow.contracts.Commodity;
import io.meterflow.contracts.Register;
import java.io.Serializable;

/**
 * What kind of meters a generated fleet has.
 *
 * @param commodity what they meter
 * @param register the one cumulative register each meter reads
 * @param unit the register's canonical unit
 * @param headEndCode how a head-end system names the register
 * @param headEndUnit how a head-end system writes the unit
 */
record FleetMeters(
    Commodity commodity,
    Register register,
    CanonicalUnit unit,
    String headEndCode,
    String headEndUnit)
    implements Serializable {

  static final FleetMeters WATER =
      new FleetMeters(Commodity.WATER, Register.WATER_VOLUME, CanonicalUnit.M3, "8-0:1.0.0", "m3");
  static final FleetMeters ELECTRICITY =
      new FleetMeters(
          Commodity.ELECTRICITY,
          Register.ELECTRICITY_IMPORT_ENERGY,
          CanonicalUnit.KWH,
          "1-0:1.8.0",
          "kWh");
}
