<#-- META-INF/THIRD-PARTY.txt in briefing's jar, rendered by license-maven-plugin (add-third-party)
     from the shipped libraries' poms. Numbers use ?c: the build machine's locale must not change
     the bytes of the jar. -->
The libraries inside this jar (${dependencyMap?size?c}), each with its licences (SPDX ids) and home page.
The licence and notice files a library ships in its own jar are in META-INF/third-party/.

<#list dependencyMap as e>
<#assign p = e.getKey()/>
${p.groupId}:${p.artifactId}:${p.version} (${e.getValue()?join(", ")}) ${p.name}, ${p.url!"no home page given"}
</#list>

Also inside this jar, not a library:
Open Sans 1.11 (Apache-2.0) by Steve Matteson, digitized data copyright (c) 2010-2011 Google Corporation, the font of the handouts and share cards, unmodified from Debian's fonts-open-sans: dev/briefing/fonts/ (OpenSans-Regular.ttf, OpenSans-Bold.ttf, LICENSE.txt, README.txt).
