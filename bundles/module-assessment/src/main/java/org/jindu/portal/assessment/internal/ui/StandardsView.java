package org.jindu.portal.assessment.internal.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jindu.portal.api.PortalException;
import org.jindu.portal.api.Text;
import org.jindu.portal.api.ValidationException;
import org.jindu.portal.api.ui.UiKit;
import org.jindu.portal.api.ui.AbstractViewContribution;
import org.jindu.portal.api.ui.Dialogs;
import org.jindu.portal.api.ui.FieldErrors;
import org.jindu.portal.api.ui.ViewContext;
import org.jindu.portal.api.ui.ViewContribution;
import org.jindu.portal.assessment.internal.domain.Standard;
import org.jindu.portal.assessment.internal.model.StandardInfo;
import org.jindu.portal.assessment.internal.service.Permissions;
import org.jindu.portal.assessment.internal.service.Support;
import org.jindu.portal.assessment.internal.service.StandardService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.data.Binder;
import com.vaadin.data.converter.StringToDoubleConverter;
import com.vaadin.ui.Button;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.TextField;
import com.vaadin.ui.Upload;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * 创建标准 (CA-1): the standards with every version, the rubric of the selected version, editing into a new version,
 * and import/export as JSON. The shipped standards are marked as placeholders until the office enters the official text.
 */
@Component(service = ViewContribution.class)
public class StandardsView extends AbstractViewContribution {
    private static final int MAX_IMPORT = 256 * 1024;

    private final Support support;
    private final StandardService standards;

    @Activate
    public StandardsView(@Reference Support support, @Reference StandardService standards) {
        super("assessment/standards", Permissions.MODULE, Text.of("创建标准", "Standards"), Permissions.READ, 60, "BOOK");
        this.support = support;
        this.standards = standards;
    }

    /** One rubric item while it is edited. */
    public static final class Row {
        private final String section;
        private String code;
        private String title;
        private String titleEn;
        private double max;
        private String guidance;
        private String evidence;
        private boolean veto;

        Row(String section, Standard.Item i) {
            this.section = section;
            code = i.code();
            title = i.title();
            titleEn = i.titleEn();
            max = i.maxScore();
            guidance = i.guidance();
            evidence = i.evidence();
            veto = i.veto();
        }

        public String getSection() {
            return section;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public double getMax() {
            return max;
        }

        public void setMax(double max) {
            this.max = max;
        }

        public String getGuidance() {
            return guidance;
        }

        public void setGuidance(String guidance) {
            this.guidance = guidance;
        }

        public String getEvidence() {
            return evidence;
        }

        public void setEvidence(String evidence) {
            this.evidence = evidence;
        }

        public boolean isVeto() {
            return veto;
        }

        public void setVeto(boolean veto) {
            this.veto = veto;
        }

        Standard.Item item() {
            return new Standard.Item(code == null ? null : code.strip(), title, titleEn, veto ? 0 : max, guidance, evidence, veto);
        }
    }

    @Override
    public com.vaadin.ui.Component createView(ViewContext ctx, String parameters) {
        VerticalLayout root = new VerticalLayout();
        root.setId("standards-view");
        root.setWidth("100%");
        build(ctx, root);
        return root;
    }

    private void build(ViewContext ctx, VerticalLayout root) {
        root.removeAllComponents();
        List<StandardInfo> versions = standards.list(ctx.user(), true);
        Grid<StandardInfo> grid = new Grid<>();
        grid.setId("standards-grid");
        grid.setWidth("100%");
        grid.setHeightByRows(Math.max(2, Math.min(versions.size(), 8)));
        grid.addColumn(s -> s.standard().name()).setCaption(ctx.t("标准", "Standard"));
        grid.addColumn(s -> "v" + s.standard().version() + (s.current() ? ctx.t(" (现行)", " (current)") : "")).setCaption(ctx.t("版本", "Version"));
        grid.addColumn(s -> Ui.score(s.standard().passMark()) + " / " + Ui.score(s.standard().maxTotal())).setCaption(ctx.t("合格分/满分", "Pass / max"));
        grid.addColumn(s -> s.standard().placeholder() ? ctx.t("占位文本，待替换为正式附件", "Placeholder, replace with the official annex") : "")
                .setCaption(ctx.t("说明", "Note"));
        grid.addColumn(s -> UiKit.text(s.changeNote())).setCaption(ctx.t("修改说明", "Change note"));
        grid.addColumn(s -> s.createdBy() + " " + UiKit.time(s.createdAt())).setCaption(ctx.t("创建", "Created"));
        grid.setItems(versions);

        VerticalLayout detail = new VerticalLayout();
        detail.setMargin(false);
        detail.setWidth("100%");
        HorizontalLayout bar = new HorizontalLayout();
        Button export = new Button(ctx.t("导出 JSON", "Export JSON"));
        export.setId("standards-export");
        export.setEnabled(false);
        bar.addComponent(export);
        Button edit = new Button(ctx.t("编辑为新版本", "Edit as a new version"));
        edit.setId("standards-edit");
        edit.setEnabled(false);
        boolean editor = support.permitted(ctx.user(), Permissions.STANDARD_EDIT);
        if (editor) {
            bar.addComponent(edit);
            bar.addComponent(importer(ctx, root));
        }
        StandardInfo[] selected = new StandardInfo[1];
        UiKit.download(export, "standard.json", () -> new ByteArrayInputStream(standards.exportJson(ctx.user(), selected[0].id())
                .getBytes(StandardCharsets.UTF_8)));
        edit.addClickListener(e -> {
            if (selected[0] != null) {
                edit(ctx, root, selected[0].standard());
            }
        });
        grid.addSelectionListener(e -> {
            selected[0] = e.getFirstSelectedItem().orElse(null);
            export.setEnabled(selected[0] != null);
            edit.setEnabled(selected[0] != null);
            detail.removeAllComponents();
            if (selected[0] != null) {
                detail.addComponent(items(ctx, selected[0].standard()));
            }
        });
        root.addComponents(UiKit.heading(ctx.t("创建标准", "Standards")), bar, grid, detail);
        versions.stream().filter(StandardInfo::current).findFirst().ifPresent(grid::select);
    }

    private Grid<Row> items(ViewContext ctx, Standard s) {
        List<Row> rows = new ArrayList<>();
        s.sections().forEach(sec -> sec.items().forEach(i -> rows.add(new Row(sec.title(), i))));
        Grid<Row> grid = new Grid<>();
        grid.setId("standard-items");
        grid.setWidth("100%");
        grid.setHeightByRows(Math.max(1, rows.size()));
        grid.addColumn(Row::getSection).setCaption(ctx.t("部分", "Section")).setWidth(90);
        grid.addColumn(Row::getCode).setCaption(ctx.t("编码", "Code")).setWidth(80);
        grid.addColumn(r -> "en".equals(ctx.locale().getLanguage()) && r.titleEn != null ? r.titleEn : r.getTitle()).setCaption(ctx.t("条目", "Item"));
        grid.addColumn(r -> r.isVeto() ? ctx.t("一票否决", "veto") : Ui.score(r.getMax())).setCaption(ctx.t("分值", "Points")).setWidth(100);
        grid.addColumn(Row::getGuidance).setCaption(ctx.t("评分方法", "Scoring"));
        grid.addColumn(Row::getEvidence).setCaption(ctx.t("佐证材料", "Evidence"));
        grid.setItems(rows);
        return grid;
    }

    private void edit(ViewContext ctx, VerticalLayout root, Standard s) {
        TextField name = new TextField(ctx.t("名称", "Name"), s.name());
        name.setWidth("100%");
        TextField passMark = new TextField(ctx.t("合格分", "Pass mark"), Ui.score(s.passMark()));
        CheckBox placeholder = new CheckBox(ctx.t("仍为占位文本", "Still placeholder text"), s.placeholder());
        TextField note = new TextField(ctx.t("修改说明", "Change note"));
        note.setWidth("100%");
        List<Row> rows = new ArrayList<>();
        Map<String, Standard.Section> sections = new LinkedHashMap<>();
        s.sections().forEach(sec -> {
            sections.put(sec.title(), sec);
            sec.items().forEach(i -> rows.add(new Row(sec.title(), i)));
        });
        Grid<Row> grid = new Grid<>();
        grid.setWidth("100%");
        grid.setHeight("420px");
        grid.getEditor().setEnabled(true);
        Binder<Row> binder = grid.getEditor().getBinder();
        grid.addColumn(Row::getSection).setCaption(ctx.t("部分", "Section")).setWidth(80);
        grid.addColumn(Row::getCode).setCaption(ctx.t("编码", "Code")).setWidth(80)
                .setEditorBinding(binder.forField(new TextField()).bind(Row::getCode, Row::setCode));
        grid.addColumn(Row::getTitle).setCaption(ctx.t("条目 (双击编辑)", "Item (double-click to edit)"))
                .setEditorBinding(binder.forField(new TextField()).bind(Row::getTitle, Row::setTitle));
        grid.addColumn(r -> Ui.score(r.getMax())).setCaption(ctx.t("分值", "Points")).setWidth(90)
                .setEditorBinding(binder.forField(new TextField()).withConverter(new StringToDoubleConverter(0.0, ctx.t("请输入数字", "enter a number")))
                        .bind(Row::getMax, Row::setMax));
        grid.addColumn(r -> r.isVeto() ? "✓" : "").setCaption(ctx.t("否决项", "Veto")).setWidth(80)
                .setEditorBinding(binder.forField(new CheckBox()).bind(Row::isVeto, Row::setVeto));
        grid.addColumn(Row::getGuidance).setCaption(ctx.t("评分方法", "Scoring"))
                .setEditorBinding(binder.forField(new TextField()).bind(Row::getGuidance, Row::setGuidance));
        grid.addColumn(Row::getEvidence).setCaption(ctx.t("佐证材料", "Evidence"))
                .setEditorBinding(binder.forField(new TextField()).bind(Row::getEvidence, Row::setEvidence));
        grid.setItems(rows);
        ComboBox<String> section = new ComboBox<>(null, sections.keySet());
        section.setEmptySelectionAllowed(false);
        section.setValue(sections.keySet().iterator().next());
        Button add = new Button(ctx.t("添加条目", "Add item"), e -> {
            Standard.Section sec = sections.get(section.getValue());
            long n = rows.stream().filter(r -> r.getSection().equals(sec.title())).count() + 1;
            rows.add(new Row(sec.title(), new Standard.Item(sec.code() + "-" + n, ctx.t("新条目", "New item"), null, 0, "", "", false)));
            grid.setItems(rows);
        });
        Button remove = new Button(ctx.t("删除选中条目", "Remove the selected item"), e -> grid.getSelectedItems().stream().findFirst().ifPresent(r -> {
            rows.remove(r);
            grid.setItems(rows);
        }));
        VerticalLayout form = new VerticalLayout(new FormLayout(name, passMark, placeholder, note), new HorizontalLayout(section, add, remove), grid,
                UiKit.note(ctx.t("保存后成为该标准的下一个版本；已开启的轮次和已开始的考评仍使用原版本。",
                        "Saving makes the next version; rounds already opened and assessments already started keep theirs.")));
        form.setMargin(false);
        var window = Dialogs.open(ctx.t("编辑创建标准：", "Edit standard: ") + s.name(), form, ctx.t("保存为新版本", "Save as a new version"),
                ctx.t("取消", "Cancel"), () -> {
                    try {
                        List<Standard.Section> edited = new ArrayList<>();
                        for (Standard.Section sec : sections.values()) {
                            edited.add(new Standard.Section(sec.code(), sec.title(), sec.titleEn(),
                                    rows.stream().filter(r -> r.getSection().equals(sec.title())).map(Row::item).toList()));
                        }
                        Double mark = UiKit.number(passMark.getValue(), "passMark");
                        standards.save(ctx.user(), new Standard(s.code(), s.version(), s.level(), name.getValue(), s.nameEn(),
                                mark == null ? 0 : mark, placeholder.getValue(), edited), note.getValue());
                        ctx.showInfo(Text.of("已保存为新版本", "Saved as a new version"));
                        build(ctx, root);
                        return true;
                    } catch (ValidationException ex) {
                        FieldErrors.show(ex, Map.of("name", name, "passMark", passMark, "changeNote", note), ctx);
                    } catch (PortalException ex) {
                        ctx.showError(ex);
                    }
                    return false;
                });
        window.setWidth("1100px");
    }

    private com.vaadin.ui.Component importer(ViewContext ctx, VerticalLayout root) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Upload upload = new Upload(null, (fileName, mime) -> {
            buffer.reset();
            return new OutputStream() {
                @Override
                public void write(int b) {
                    if (buffer.size() < MAX_IMPORT) {
                        buffer.write(b);
                    }
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    buffer.write(b, off, Math.max(0, Math.min(len, MAX_IMPORT - buffer.size())));
                }
            };
        });
        upload.setButtonCaption(ctx.t("导入 JSON…", "Import JSON…"));
        upload.setId("standards-import");
        upload.addSucceededListener(e -> {
            try {
                StandardInfo saved = standards.importJson(ctx.user(), buffer.toString(StandardCharsets.UTF_8), ctx.t("导入 ", "Imported ") + e.getFilename());
                ctx.showInfo(Text.of("已导入为 " + saved.standard().code() + " v" + saved.standard().version(),
                        "Imported as " + saved.standard().code() + " v" + saved.standard().version()));
                build(ctx, root);
            } catch (PortalException ex) {
                ctx.showError(ex);
            }
        });
        return upload;
    }
}
