/**
 * The audit trail as its readers see it: {@code GET /audit} and the console's "Nhật ký thay đổi",
 * scoped by {@code Privileges.auditScope}. Entries are written by every component through
 * {@code platform.audit.AuditLog} (and new initiatives by their writer), so that recording needs no
 * business component; reading needs identity (who may read what) and organization (the subtree).
 * Nothing uses it but the console.
 */
package vn.sangkien.audit;
