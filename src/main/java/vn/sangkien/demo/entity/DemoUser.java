package vn.sangkien.demo.entity;

/** A user of {@code demo/users.json}; a member's code makes them an author of what they register. */
public record DemoUser(String username, String fullName, String role, String organizationCode, String memberCode) {
}
