/**
 * Demo data for {@code SANGKIEN_DEMO=true}: two provinces with their district and grassroots unions,
 * the "01 triệu sáng kiến" programme with its phases and peak campaigns, a user for every role and
 * some 800 initiatives with their histories. Written once, with plain JDBC, inside the bootstrap's
 * transaction and lock.
 */
package vn.sangkien.platform.demo;
