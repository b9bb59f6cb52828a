/**
 * Initiatives, their authors, workflow, history and reviews, and the one path that writes them (every channel registers through it).
 * Uses campaign, identity, organization and platform.
 */
package vn.sangkien.initiative;
