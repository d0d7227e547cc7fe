# The Debian package: built by cpack from this build, with its metadata, the files in their
# places, and programs that run from the unpacked tree against the bundled banks.

TEST "cpack builds a .deb whose programs run from where it unpacks"
if ! command -v dpkg-deb >/dev/null || ! command -v dpkg-shlibdeps >/dev/null; then
  echo "note: dpkg-deb or dpkg-shlibdeps missing; the package test is skipped"
  return 0 2>/dev/null || exit 0
fi
run cpack -G DEB --config "$BUILD/CPackConfig.cmake" -B "$WORK/package"
expect_status 0
deb=$(ls "$WORK"/package/*.deb)
[ -f "$deb" ] || fail "no .deb in $WORK/package: $(stdout | tail -5)"
run dpkg-deb -I "$deb"
expect_stdout_contains " Package: prepkit"
expect_stdout_contains " Version: 0.1.0"
expect_stdout_contains " Section: devel"
expect_stdout_contains " Maintainer: prepkit maintainers <maintainers@prepkit.invalid>"
info=$(stdout)
run dpkg-deb -c "$deb"
for file in ./usr/bin/qpick ./usr/bin/plan ./usr/bin/estimate ./usr/bin/star \
  ./usr/share/prepkit/banks/coding.yaml ./usr/share/prepkit/plans/default.yaml \
  ./usr/share/man/man1/qpick.1 ./usr/share/man/man1/star.1 ./usr/share/man/man5/prepkit-bank.5 \
  ./usr/share/man/man7/prepkit.7 ./usr/share/bash-completion/completions/qpick \
  ./usr/share/zsh/vendor-completions/_plan ./usr/share/fish/vendor_completions.d/star.fish; do
  stdout | grep -qF " $file" || fail "the package lacks $file"
done
dpkg-deb -x "$deb" root
# Linked statically where Debian's static C library is present, the programs need no shared
# library, and the package then depends on none; linked dynamically, it depends on libc6.
if readelf -l root/usr/bin/qpick | grep -q INTERP; then
  grep -qE '^ Depends: .*libc6' <<<"$info" || fail "Depends does not name libc6: $(grep Depends <<<"$info")"
else
  grep -q '^ Depends:' <<<"$info" && fail "a static build depends on: $(grep Depends <<<"$info")"
fi
run root/usr/bin/qpick --daily --date 2026-12-07 --format tsv
expect_status 0
expect_equal "$(stdout | tail -n +2 | wc -l)" "1" "the question of the day from the unpacked banks"
run root/usr/bin/plan --start 2026-12-07 --format json
expect_equal "$(stdout | jq -r '.weeks')" "8" "plan finds its templates"
run root/usr/bin/estimate '100M * 100 B'
expect_stdout "10 GB (9.31 GiB)"
run root/usr/bin/star init
expect_status 0
