import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { preparedQuery } from '../../database/prepared-query';
import { UserEntity } from './entities/user.entity';

@Injectable()
export class UsersRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string, em: EntityManager = this.dataSource.manager): Promise<UserEntity | null> {
    return em.findOneBy(UserEntity, { id });
  }

  /** Who a signed-in user is, read on every authenticated request: three columns, no entity. */
  async findIdentity(id: string): Promise<Pick<UserEntity, 'id' | 'role' | 'locale'> | null> {
    const rows = await preparedQuery<Pick<UserEntity, 'id' | 'role' | 'locale'>>(this.dataSource, 'user-identity', 'SELECT id, role, locale FROM users WHERE id = $1', [id]);
    return rows[0] ?? null;
  }

  findByEmail(email: string, em: EntityManager = this.dataSource.manager): Promise<UserEntity | null> {
    return em.findOneBy(UserEntity, { email: email.toLowerCase() });
  }

  insert(user: Pick<UserEntity, 'email' | 'passwordHash' | 'role' | 'locale'>, em: EntityManager): Promise<UserEntity> {
    return em.save(UserEntity, em.create(UserEntity, { ...user, email: user.email.toLowerCase() }));
  }

  async updateLocale(id: string, locale: UserEntity['locale'], em: EntityManager): Promise<void> {
    await em.update(UserEntity, { id }, { locale });
  }

  /** Keyset page ordered by (created_at, id) descending, so pages stay stable while users register. */
  listNewestFirst(limit: number, after?: { createdAt: string; id: string }): Promise<UserEntity[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(UserEntity, 'u')
      .orderBy('u.created_at', 'DESC')
      .addOrderBy('u.id', 'DESC')
      .limit(limit);
    if (after) query.where('(u.created_at, u.id) < (:createdAt, :id)', after);
    return query.getMany();
  }
}
