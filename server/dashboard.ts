/**
 * The dashboard's server side as one module (docs/dashboard.md): its REST router (reports, CSV,
 * history, replay, retention setting), the live `host:analytics` pushes and the daily retention
 * pruning. `createApp` creates it from validated options and disposes it on `close()`, so no timer,
 * listener or pruning run of the dashboard outlives the app.
 */
import type { Router } from 'express';
import { startLiveAnalytics, type LiveAnalytics } from './analytics/live';
import { startRetention } from './analytics/retention';
import type { AppContext } from './context';
import { parseDashboardConfig, type DashboardConfig, type DashboardOptions } from './config';
import { reportsRouter } from './http/reports';

/** A created dashboard. */
export interface Dashboard {
  /** Mounted under `/api`. */
  router: Router;
  /** The validated options it runs with. */
  config: DashboardConfig;
  /** The live analytics (null when `live: false`). */
  live: LiveAnalytics | null;
  /** Stops live analytics and retention; resolves once a pruning run in progress has finished. */
  dispose(): Promise<void>;
}

/** Builds the dashboard; throws when `options` are invalid (see `dashboardConfigSchema`). */
export function createDashboard(context: AppContext, options: DashboardOptions = {}): Dashboard {
  const config = parseDashboardConfig(options);
  const { store, rooms, clock, scheduler, logger } = context;
  const live = config.live
    ? startLiveAnalytics({
        registry: rooms,
        store,
        clock,
        scheduler,
        logger,
        intervalMs: config.analyticsIntervalMs,
      })
    : null;
  const retention = config.prune
    ? startRetention({ store, rooms, clock, scheduler, days: config.retentionDays, logger })
    : null;
  const router = reportsRouter(context, { retentionDays: config.retentionDays });

  let disposed: Promise<void> | null = null;
  return {
    router,
    config,
    live,
    dispose: () =>
      (disposed ??= (async () => {
        live?.dispose();
        await retention?.stop();
      })()),
  };
}
