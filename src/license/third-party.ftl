<#-- META-INF/THIRD-PARTY.txt in briefing's jar, rendered by license-maven-plugin (add-third-party)
     from the shipped libraries' poms. Numbers use ?c: the build machine's locale must not change
     the bytes of the jar. -->
The libraries inside this jar (${dependencyMap?size?c}), each with its licences (SPDX ids) and home page.
The licence and notice files a library ships in its own jar are in META-INF/third-party/.

<#list dependencyMap as e>
<#assign p = e.getKey()/>
${p.groupId}:${p.artifactId}:${p.version} (${e.getValue()?join(", ")}) ${p.name}, ${p.url!"no home page given"}
</#list>
