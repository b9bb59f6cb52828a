/**
 * What every component stands on: persistence, time, text, refusals, paging, REST plumbing, web filters, health and the audit log.
 * Depends on no business component; a rule that needs to know who the caller is belongs in identity, not here.
 */
package vn.sangkien.platform;
