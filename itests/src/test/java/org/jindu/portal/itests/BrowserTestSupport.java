package org.jindu.portal.itests;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.rules.TestName;

/**
 * A browser test against the shared demo portal process: a fresh headless Chromium per test, closed with a screenshot
 * named after the test ({@code target/screenshots}).
 */
public abstract class BrowserTestSupport {
    @Rule
    public TestName name = new TestName();

    protected PortalProcess portal;
    protected Browser browser;
    protected Http http;

    @Before
    public void openBrowser() throws Exception {
        browser = new Browser();
        portal = PortalProcess.shared();
        http = new Http(portal.port());
        ready();
    }

    /** What the tests need before they start, e.g. a module's demo data; nothing by default. */
    protected void ready() {
    }

    @After
    public void closeBrowser() {
        if (browser != null) {
            browser.screenshot(getClass().getSimpleName() + "-" + name.getMethodName());
            browser.close();
        }
    }
}
