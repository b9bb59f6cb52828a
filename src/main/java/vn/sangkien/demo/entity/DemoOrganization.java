package vn.sangkien.demo.entity;

/**
 * An organization of {@code demo/organizations.json}, listed after its parent. The kind of a
 * grassroots union (DN enterprise, YT health, GD education, HC public administration, NN
 * agriculture and fisheries) chooses the fields of its initiatives; other levels have none. The
 * place, where there is one, goes before the date of its documents.
 */
public record DemoOrganization(String code, String name, String level, String parentCode, String kind, String place) {
}
