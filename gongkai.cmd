@echo off
rem gongkai launcher for Windows: runs gongkai.jar beside this file, or target\gongkai.jar in a source
rem checkout. Options for Java go in JAVA_OPTS, e.g.  set JAVA_OPTS=-Xmx1g  then  gongkai build
setlocal
rem gongkai writes UTF-8: switch the console to it while gongkai runs, then back.
for /f "tokens=*" %%l in ('chcp') do for %%n in (%%l) do set "codepage=%%n"
set "codepage=%codepage:.=%"
chcp 65001 >nul
set "jar=%~dp0gongkai.jar"
if not exist "%jar%" set "jar=%~dp0target\gongkai.jar"
if not exist "%jar%" (
  echo 找不到 gongkai.jar：应在 %~dp0 或 %~dp0target\ 中。源代码请先运行 mvn -q -B -DskipTests package 1>&2
  chcp %codepage% >nul
  exit /b 2
)
set "java=java"
if defined JAVA_HOME set "java=%JAVA_HOME%\bin\java"
"%java%" %JAVA_OPTS% "-Dgongkai.command=%~n0" -jar "%jar%" %*
set "status=%ERRORLEVEL%"
chcp %codepage% >nul
exit /b %status%
