package io.meterflow.normalizer.raw;

import io.meterflow.normalizer.time.ReadingTimestamp;
import java.io.Serializable;

/**
 * A reading as one of the formats carried it, before register, unit and time are resolved: still in
 * the sender's vocabulary (vendor register code, unit as sent, local or offset time).
 *
 * @param source the payload it was parsed from, kept for the reject record should a later step
 *     refuse it
 * @param value the value as sent; null when absent (allowed for meter events only)
 * @param unit the unit as sent; null when absent (allowed for meter events only)
 * @param timezone the zone of a local timestamp when the input names one (a JSON field, a CSV
 *     profile); null otherwise
 * @param statusCodes meter info codes as sent
 * @param readingType cumulative, interval, instant or event as sent; null for the mapping's kind
 * @param sourceSystem the head-end, API client or file named by the input
 */
public record ParsedReading(
    RawPayload source,
    String tenant,
    String meterId,
    String registerCode,
    Double value,
    String unit,
    ReadingTimestamp timestamp,
    String timezone,
    String[] statusCodes,
    String readingType,
    String sourceSystem)
    implements Serializable {}
