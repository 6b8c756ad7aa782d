import sys
def deps(lines):
    out=[]
    for l in lines:
        l=l.strip()
        if not l: continue
        g,a,v=l.split(':')
        out.append(f'        <dependency><groupId>{g}</groupId><artifactId>{a}</artifactId><version>{v}</version><type>jar</type></dependency>')
    return '\n'.join(out)
ecl=[l for l in open('eclipse.gav') if l.strip()]
batikcss=[l for l in ecl if 'batik-css' in l]
wrapped=[l for l in ecl if ('batik' in l or 'xmlgraphics' in l or 'xml-apis' in l) and 'batik-css' not in l]
plain=[l for l in ecl if l not in batikcss and l not in wrapped]+[l for l in open('extra.gav') if l.strip()]
def loc(label, lines, instr=None):
    s=f'''    <location type="Maven" label="{label}" includeDependencyDepth="none" includeDependencyScopes="compile" includeSource="no" missingManifest="generate">
      <dependencies>
{deps(lines)}
      </dependencies>'''
    if instr: s+=f'''
      <instructions><![CDATA[
{instr}
]]></instructions>'''
    return s+'\n    </location>'
print('''<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<?pde version="3.8"?>
<!-- Steward target platform: every artifact pinned, all from Maven Central (no p2 sites are reachable).
     Regenerate the list with releng/scripts if you move to a newer Eclipse release; see docs/build.md. -->
<target name="steward" sequenceNumber="1">
  <locations>''')
print(loc('Eclipse 4.39, OSGi, test and support bundles', plain))
print(loc('Batik CSS (wrapped: e4 CSS requires this symbolic name)', batikcss, '''Bundle-Name: Apache Batik CSS (wrapped)
Bundle-SymbolicName: org.apache.batik.css
Bundle-Version: ${version_cleanup;${mvnVersion}}
Export-Package: org.apache.batik.css.*;version="${version_cleanup;${mvnVersion}}";-noimport:=true
Import-Package: *;resolution:=optional'''))
print(loc('Batik support and SAC (wrapped)', wrapped, '''Bundle-Name: ${mvnArtifactId} (wrapped)
Bundle-SymbolicName: wrapped.${mvnGroupId}.${mvnArtifactId}
Bundle-Version: ${version_cleanup;${mvnVersion}}
Export-Package: *;version="${version_cleanup;${mvnVersion}}";-noimport:=true
Import-Package: *;resolution:=optional'''))
print('''  </locations>
  <targetJRE path="org.eclipse.jdt.launching.JRE_CONTAINER/org.eclipse.jdt.internal.debug.ui.launcher.StandardVMType/JavaSE-21"/>
</target>''')
