package io.meterflow.leak.metercode;

import io.meterflow.contracts.ReadingFlag;
import io.meterflow.leak.episode.RuleVerdict;

/** A verdict about one meter code: each code is an episode of its own. */
public record CodeVerdict(ReadingFlag code, RuleVerdict verdict) {}
