/**
 * Demo data for {@code SANGKIEN_DEMO=true}, loaded once after the bootstrap and before the instance is ready.
 * Uses the components it fills and platform; no component uses it.
 */
package vn.sangkien.demo;
