/* The global traffic layer policy area: one import per rule file (test/policy/registry.test.ts checks none is missing). */
import { PolicyRule } from "../../rule";
import { rule as globalRoute53HealthCheckHttps } from "./global-route53-health-check-https";
import { rule as globalRoute53MinTwoHealthCheckedRecords } from "./global-route53-min-two-health-checked-records";
import { rule as globalRoute53RoutedRecordHealthCheck } from "./global-route53-routed-record-health-check";
import { rule as globalTrafficManagerHttpsMonitor } from "./global-traffic-manager-https-monitor";
import { rule as globalTrafficManagerMinTwoEndpoints } from "./global-traffic-manager-min-two-endpoints";

/** Every rule of the global traffic layer policy area. */
export const GLOBAL_RULES: readonly PolicyRule[] = [
  globalRoute53HealthCheckHttps,
  globalRoute53MinTwoHealthCheckedRecords,
  globalRoute53RoutedRecordHealthCheck,
  globalTrafficManagerHttpsMonitor,
  globalTrafficManagerMinTwoEndpoints,
];
