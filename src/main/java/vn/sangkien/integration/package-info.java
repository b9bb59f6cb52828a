/**
 * The SOAP channel for provincial systems ({@code IntegrationService} at {@code /soap/integration}):
 * registration in batches, initiatives, the changes feed and summaries, with the same rules as REST.
 * Uses initiative, reporting, identity and platform; nothing uses it.
 */
package vn.sangkien.integration;
