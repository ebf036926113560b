package io.meterflow.normalizer.mapping;

import io.meterflow.contracts.ReadingKind;
import io.meterflow.contracts.Register;

/**
 * What a register code stands for: the canonical register, and the kind of its readings when the
 * record does not say.
 */
public record RegisterMapping(Register register, ReadingKind kind) {}
