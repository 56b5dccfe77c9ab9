package org.frontline.workspaces.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Signs people in by e-mail. Roles are per workspace and checked by WorkspaceAccess, not here. */
@Component
class UserAccounts implements UserDetailsService {

    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return jdbc.sql("select email, password_hash from app_user where email = ?")
                .param(email.trim().toLowerCase(java.util.Locale.ROOT))
                .query((rs, i) -> User.withUsername(rs.getString("email"))
                        .password(rs.getString("password_hash"))
                        .authorities(List.of(new SimpleGrantedAuthority("ROLE_USER")))
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
