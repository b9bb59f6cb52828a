package vn.sangkien.view.organizations;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDefaultTreeNode;
import org.primefaces.model.TreeNode;
import vn.sangkien.organization.boundary.OrganizationRegistry;
import vn.sangkien.organization.entity.Level;
import vn.sangkien.organization.entity.Organization;
import vn.sangkien.platform.refusal.BusinessException;
import vn.sangkien.platform.paging.ListParameters;
import vn.sangkien.platform.refusal.Violations;
import vn.sangkien.identity.boundary.Caller;
import vn.sangkien.view.ConsoleUser;
import vn.sangkien.view.Faces;

/**
 * organizations/list.xhtml: the user's subtree as a tree whose children are loaded when a node opens
 * (one list query per opened node, at most {@value #CHILDREN} children shown); create and edit.
 */
@Named
@ViewScoped
public class ListOrganizationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int CHILDREN = 200;

    /** What a node shows. */
    public record Node(String code, String name, Level level, String place, boolean active, long version)
            implements Serializable {
        static Node of(Organization o) {
            return new Node(o.getCode(), o.getName(), o.getLevel(), o.getPlace(), o.isActive(), o.getVersion());
        }

        public String getLabel() {
            return code + " — " + name;
        }
    }

    @Inject
    OrganizationRegistry organizations;
    @Inject
    Caller caller;
    @Inject
    ConsoleUser user;

    private TreeNode<Node> root;
    private TreeNode<Node> selected;
    private Node editing;
    private String newCode;
    private String newName;
    private String newLevel;
    private String editName;
    private String editPlace;
    private String newPlace;
    private boolean editActive;

    /** The view action: the tree is the officers' (the menu's rule), not a member's by URL. */
    public void guard() {
        if (!user.isOfficer()) {
            Faces.notFound();
        }
    }

    @PostConstruct
    void init() {
        Node top = Node.of(organizations.find(caller.principal().organizationCode()));
        root = new LazyDefaultTreeNode<>(null, n -> n == null ? List.of(top) : children(n), n -> n != null && n.level() == Level.GRASSROOTS);
    }

    private List<Node> children(Node parent) {
        return organizations.list(parent.code(), null, null, new ListParameters("0", String.valueOf(CHILDREN))).items()
                .stream().map(Node::of).toList();
    }

    public void select() {
        editing = selected == null ? null : selected.getData();
        if (editing != null) {
            editName = editing.name();
            editPlace = editing.place();
            editActive = editing.active();
        }
        newCode = null;
        newName = null;
        newLevel = null;
        newPlace = null;
    }

    public String getEditPlace() {
        return editPlace;
    }

    public void setEditPlace(String editPlace) {
        this.editPlace = editPlace;
    }

    public String getNewPlace() {
        return newPlace;
    }

    public void setNewPlace(String newPlace) {
        this.newPlace = newPlace;
    }

    public void create() {
        try {
            organizations.create(new OrganizationRegistry.Draft(newCode, newName, newLevel,
                    editing == null ? null : editing.code(), newPlace), new Violations());
            Faces.info("organization.saved", newCode);
            reload();
        } catch (BusinessException e) {
            Faces.show(e, "createForm");
        }
    }

    public void update() {
        try {
            Organization o = organizations.update(editing.code(), editName, editPlace == null ? "" : editPlace,
                    editActive, "\"" + editing.version() + "\"", new Violations());
            editing = Node.of(o);
            Faces.info("organization.saved", o.getCode());
            reload();
        } catch (BusinessException e) {
            Faces.show(e, "editForm");
        }
    }

    private void reload() {
        init();
        PrimeFaces.current().ajax().update("treeForm");
    }

    public Level[] getLevels() {
        return Level.values();
    }

    public TreeNode<Node> getRoot() {
        return root;
    }

    public TreeNode<Node> getSelected() {
        return selected;
    }

    public void setSelected(TreeNode<Node> selected) {
        this.selected = selected;
    }

    public Node getEditing() {
        return editing;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewLevel() {
        return newLevel;
    }

    public void setNewLevel(String newLevel) {
        this.newLevel = newLevel;
    }

    public String getEditName() {
        return editName;
    }

    public void setEditName(String editName) {
        this.editName = editName;
    }

    public boolean isEditActive() {
        return editActive;
    }

    public void setEditActive(boolean editActive) {
        this.editActive = editActive;
    }
}
