// the build failed for the right reason, naming what the module must not import
def log = new File(basedir, 'build.log').text
assert log.contains('imports packages outside the module contract')
assert log.contains('org.jindu.portal.platform.admin')
assert log.contains('javax.servlet.http')
return true
