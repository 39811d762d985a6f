package dev.mlwb.analysis.draft;

import java.util.Set;

/**
 * The words that hint at what a column or file is, in several teams' vocabularies. A hint is only
 * ever one signal: every guess also asks the column's type and values.
 */
final class Words {
    static final Set<String> TIME = Set.of("ts", "timestamp", "time", "datetime", "date", "dt", "at", "when", "minute",
            "hour", "day", "epoch", "created", "logged", "occurred", "observed", "period", "tstamp", "utc", "sec",
            "seconds", "ms", "millis", "bucket", "window", "received", "sent", "emitted");
    /** Words of a row's own time: when it was predicted, served, logged. */
    static final Set<String> ROW_TIME = Set.of("ts", "timestamp", "time", "event", "predicted", "prediction", "scored",
            "request", "requested", "served", "logged", "occurred", "shown", "impression", "snapshot", "created", "at",
            "minute", "date", "label", "labelled", "labeled", "inference");
    /** Words of when a feature's value was computed (as of, materialised at). */
    static final Set<String> FEATURE_TIME = Set.of("asof", "computed", "materialized", "materialised", "refreshed",
            "calculated", "feature", "features", "valid");
    static final Set<String> ENTITY = Set.of("id", "ids", "key", "uid", "uuid", "guid", "user", "userid", "account",
            "customer", "client", "member", "session", "request", "entity", "order", "transaction", "txn", "device",
            "visitor", "subscriber", "patient", "merchant", "cust", "acct", "req");
    static final Set<String> SCORE = Set.of("score", "scores", "prob", "proba", "probability", "pred", "prediction",
            "predicted", "p", "confidence", "likelihood", "propensity", "yhat", "output", "pctr", "pcvr");
    static final Set<String> LABEL = Set.of("label", "labels", "target", "y", "truth", "true", "actual", "outcome",
            "ground", "gt", "is", "has", "was", "converted", "churned", "clicked", "fraud", "positive", "class",
            "response", "defaulted", "bought", "purchased");
    static final Set<String> ARM = Set.of("arm", "variant", "bucket", "group", "treatment", "model", "version",
            "served", "deployment", "release", "experiment", "track", "canary", "branch", "cohort", "split", "revision",
            "build", "flavor", "flavour", "backend");
    static final Set<String> VERSION = Set.of("model", "version", "release", "build", "revision", "artifact");
    static final Set<String> EVENT_TYPE = Set.of("type", "event", "kind", "action", "eventtype", "category",
            "name", "activity", "op", "operation");
    static final Set<String> LEVEL = Set.of("level", "severity", "loglevel", "lvl", "priority");
    static final Set<String> LEVEL_VALUES = Set.of("info", "debug", "warn", "warning", "error", "err", "critical",
            "crit", "fatal", "trace", "notice", "alert", "emerg", "emergency", "information", "informational");
    static final Set<String> COMPONENT = Set.of("component", "service", "app", "application", "logger", "module",
            "system", "subsystem", "emitter", "job");
    static final Set<String> MESSAGE = Set.of("message", "msg", "text", "detail", "details", "description", "body",
            "log", "summary", "line", "reason", "note");
    static final Set<String> ITEM = Set.of("item", "items", "sku", "product", "doc", "document", "video", "content",
            "article", "listing", "post", "movie", "song", "ad", "offer", "asset", "recommendation", "rec");
    static final Set<String> POSITION = Set.of("position", "pos", "slot", "rank", "index", "idx", "rank0", "place");
    static final Set<String> USER = Set.of("user", "uid", "userid", "customer", "member", "viewer", "visitor", "account");
    static final Set<String> CLICKED = Set.of("clicked", "click", "engaged", "tapped", "converted", "opened");

    /** Event attribute names the checks read: never mapped onto level, component or message. */
    static final Set<String> EVENT_ATTRIBUTES = Set.of("from", "to", "replica", "feature", "value", "record", "batch",
            "imputed", "total", "name", "status", "model_version", "source", "error", "rule", "run");
    /** The standard event types of the bundle format. */
    static final Set<String> STANDARD_EVENTS = Set.of("deploy", "canary_start", "canary_promote", "rollback", "scale",
            "replica_start", "replica_ready", "replica_first_traffic", "imputation", "imputation_summary", "job",
            "ingestion", "alert", "schema_change");

    /** Dataset names a path's words point at. */
    static final Set<String> TRAINING = Set.of("training", "train", "trainset", "fit");
    static final Set<String> SERVING = Set.of("serving", "serve", "served", "online", "inference", "live",
            "production", "prod", "requests");
    static final Set<String> BASELINE_WORDS = Set.of("baseline", "control", "stable", "champion", "current", "old",
            "prod", "production", "primary");
    static final Set<String> CANARY_WORDS = Set.of("canary", "treatment", "candidate", "challenger", "experiment",
            "new", "test", "next", "shadow");
    static final Set<String> PRODUCTION = Set.of("production", "prod", "online", "live", "serving", "served");

    private Words() {
    }
}
