/**
 * Demo data for {@code SANGKIEN_DEMO=true}, loaded once after the bootstrap and before the instance is ready.
 * The data files ({@code src/main/resources/demo/*.json}) are read and planned in control and written in
 * boundary through the components' own registries and workflow. Uses the components it fills and platform;
 * no component uses it.
 */
package vn.sangkien.demo;
