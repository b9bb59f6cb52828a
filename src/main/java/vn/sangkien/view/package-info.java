/**
 * The console's backing beans, one per page, in packages that mirror the pages under
 * src/main/webapp ({@code initiatives/list.xhtml} is served by
 * {@code view.initiatives.ListInitiativesBacking}). They call the same boundaries as the REST API, so
 * that every channel checks the same rules, roles and subtree; they hold no rules of their own.
 */
package vn.sangkien.view;
