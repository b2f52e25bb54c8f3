package org.jindu.portal.itests.testmodule;

import org.jindu.portal.api.Text;
import org.jindu.portal.api.ui.AbstractViewContribution;
import org.jindu.portal.api.ui.ViewContext;

import com.vaadin.ui.Component;
import com.vaadin.ui.Label;

/** The module's one page. */
public class TestView extends AbstractViewContribution {
    TestView(String moduleId) {
        super(moduleId + "/main", moduleId, Text.of("测试页面 " + moduleId, "Test page " + moduleId), moduleId + ".read", 10, "FLASK");
    }

    @Override
    public Component createView(ViewContext context, String parameters) {
        Label label = new Label(context.t("这是测试模块的页面", "This is the test module's page") + " (" + moduleId() + ")");
        label.setId(moduleId() + "-label");
        return label;
    }
}
