package io.github.osf4j.testkit;

/** A resolved WaterButler request: the node, the addressed file or folder, and the caller. */
record WbTarget(NodeRec node, FileRec file, Caller who, WbJson json, ApiCtx ctx) {}
