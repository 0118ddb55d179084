package io.dyadscope.app;

import io.dyadscope.app.corpus.CorpusAccess;
import io.dyadscope.app.events.EventsService;
import io.dyadscope.app.statistics.StatisticsService;

/**
 * Dyadscope's use cases over one workspace: what the CLI, the web server and batch jobs call.
 * Each service opens the workspace only for the work it does (see {@link WorkspaceAccess}).
 */
public record Application(WorkspaceAccess access) {

  public ReportService reports() {
    return new ReportService(access);
  }

  public AuditService audits() {
    return new AuditService(access);
  }

  /** Scores the audit on annotated reports; needs no workspace. */
  public AuditEvalService auditEvaluation() {
    return new AuditEvalService();
  }

  public ImportService imports() {
    return new ImportService(access);
  }

  public SeriesService series() {
    return new SeriesService(access);
  }

  public StatisticsService statistics() {
    return new StatisticsService(access);
  }

  public EventsService events() {
    return new EventsService(access);
  }

  /** The corpus use cases; {@code notices} hears when the default corpus is loaded. */
  public CorpusAccess corpus(java.util.function.Consumer<String> notices) {
    return new CorpusAccess(access, notices);
  }

  public io.dyadscope.app.fetch.FetchService fetches() {
    return new io.dyadscope.app.fetch.FetchService(access);
  }

  /** The dyad at a glance: names, headline figures and charts, changes, key events. */
  public io.dyadscope.app.overview.OverviewService overview() {
    return new io.dyadscope.app.overview.OverviewService(access);
  }

  /** The dyad's events by first-level division, for a map. */
  public io.dyadscope.app.overview.EventMapService eventMap() {
    return new io.dyadscope.app.overview.EventMapService(access);
  }

  public EvidenceService evidence() {
    return new EvidenceService(access);
  }
}
