/**
 * The tree of union organizations (national, province, district, grassroots) and their paths.
 * Uses only platform; it knows no roles: who may change an organization is asked of an {@link vn.sangkien.organization.boundary.OrganizationGate} that identity answers.
 */
package vn.sangkien.organization;
