/**
 * Accounts, roles and privileges (who may do what, in one place), the caller, sign-in on both channels, and the bootstrap of {@code admin}.
 * Uses organization (an account belongs to one) and platform.
 */
package vn.sangkien.identity;
