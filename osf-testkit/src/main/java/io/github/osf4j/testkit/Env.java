package io.github.osf4j.testkit;

import java.time.Clock;

/** What the handlers share: state, blobs, clock, faults and limits. */
record Env(
    Store store,
    Blobs blobs,
    Clock clock,
    Faults faults,
    String base,
    Regions regions,
    StorageQuotas quotas,
    long maxFileBytes) {}
