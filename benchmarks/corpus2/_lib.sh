# helpers for writing corpus cases by hand: source it, cd into the case directory
w(){ mkdir -p "$(dirname "$1")"; cat > "$1"; }
b(){ mkdir -p "$(dirname "old/$1")" "$(dirname "new/$1")"; tee "old/$1" > "new/$1"; }
