package vn.sangkien.initiative.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/** A field of application of initiatives (lĩnh vực), named in both languages. */
@Entity
@Table(name = "field_of_application")
public class FieldOfApplication {

    @Id
    private String code;
    @Column(name = "name_vi")
    private String nameVi;
    @Column(name = "name_en")
    private String nameEn;
    @Column(name = "sort_order")
    private int sortOrder;

    protected FieldOfApplication() {
    }

    public String getCode() {
        return code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String nameIn(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
